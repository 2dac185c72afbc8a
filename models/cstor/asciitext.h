#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// What the readers of Kubernetes quantities and fields take as digits, and how they quote the
// text they refuse.
namespace Cstor::AsciiText {

// An ASCII digit only (QChar::isDigit also takes the digits of other scripts).
inline bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

inline QString quoted(QStringView text)
{
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

} // namespace Cstor::AsciiText

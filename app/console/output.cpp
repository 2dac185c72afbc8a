#include "app/console/output.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

void Output::write(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::error(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Output::progress(const QString &text, bool besideDocument)
{
    if (!besideDocument) {
        write(text);
        return;
    }
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void Output::json(const QJsonArray &rows)
{
    write(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)));
}

void Output::dryRun(bool afterDocument)
{
    const QString text = QCoreApplication::translate("Output", "Dry run: nothing was changed.\n");
    if (afterDocument)
        error(text);
    else
        write(text);
}

#pragma once

#include "models/cstor/stringmap.h"
#include "models/json/document.h"

#include <QAnyStringView>
#include <QDateTime>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cstor {

struct ObjectMeta;

// Reads the typed fields of one API object for the fromJson() decoders. Absent and null
// fields are fine (the output is left as it is); a field of the wrong type or with a
// malformed value fails with an error naming the object and the field, e.g.
// `CStorPoolInstance "x": status.capacity.free: "abc" is not a quantity`.
class FieldReader
{
public:
    FieldReader(QLatin1String kind, QString *error);

    // Checks `kind` (when present), decodes metadata into *meta and remembers the name for
    // later errors.
    bool readMeta(const Json::Value &object, ObjectMeta *meta);

    // A child object; absent or null gives an empty object.
    bool object(const Json::Value &value, QAnyStringView path, Json::Value *out);
    bool array(const Json::Value &value, QAnyStringView path, Json::Value *out);
    bool string(const Json::Value &value, QAnyStringView path, QString *out);
    // An integral JSON number; with allowString also a string of digits ("1").
    bool integer(const Json::Value &value, QAnyStringView path, int *out, bool allowString = false);
    bool integer64(const Json::Value &value, QAnyStringView path, qint64 *out);
    // true/false; with allowString also "1"/"0"/"true"/"false" and the numbers 1/0.
    bool boolean(const Json::Value &value, QAnyStringView path, bool *out,
                 bool allowString = false);
    // A Kubernetes quantity, as a string or a JSON number.
    bool quantity(const Json::Value &value, QAnyStringView path, qint64 *out);
    // A ZFS size string ("1.47G"); "" counts as absent.
    bool zfsSize(const Json::Value &value, QAnyStringView path, qint64 *out);
    // An RFC 3339 time; "" and null count as absent.
    bool time(const Json::Value &value, QAnyStringView path, QDateTime *out);
    // The keys of an object (e.g. status.snapshots).
    bool keys(const Json::Value &value, QAnyStringView path, QStringList *out);
    // A string -> string map (labels, knownReplicas). Its keys, and its values unless told
    // they are mostly one-off (annotations: stamps, serialized objects), are shared with the
    // same strings of other objects decoded on this thread.
    enum class Values { Repeating, OneOff };
    bool stringMap(const Json::Value &value, QAnyStringView path, StringMap *out,
                   Values values = Values::Repeating);
    // How many strings this thread keeps to share (for tests).
    static qsizetype sharedStringCount();

    // Sets the error "<Kind> "<name>": <path>: <problem>" and returns false.
    bool fail(QAnyStringView path, const QString &problem);

    // RFC 3339 ("2024-05-01T10:00:00Z", "2024-05-01T10:00:00.123456+02:00"), in UTC.
    static std::optional<QDateTime> parseTime(QStringView text);

private:
    static QString typeName(const Json::Value &value);
    bool wrongType(const Json::Value &value, QAnyStringView path, QLatin1String expected);

    QLatin1String m_kind;
    QString m_name;
    QString *m_error;
};

} // namespace Cstor

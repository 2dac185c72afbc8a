#pragma once

#include <QString>
#include <QtGlobal>

// Resident memory of this process or a child, from Linux's /proc/<pid>/status, for tests that
// hold memory to a bound.
namespace ResidentMemory {

// AddressSanitizer keeps freed memory in quarantine and adds shadow memory: under it the
// resident size says nothing about what the code keeps, so it is printed, not checked.
// (gcc says so with __SANITIZE_ADDRESS__, clang with __has_feature.)
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMeaningful = false;
#elif defined(__has_feature)
constexpr bool kMeaningful = !__has_feature(address_sanitizer);
#else
constexpr bool kMeaningful = true;
#endif

// A field of /proc/<pid>/status in MB ("VmRSS:" now, "VmHWM:" the peak); -1 if unreadable.
qint64 megabytes(const char *field, const QString &pid = QStringLiteral("self"));

// Sets this process's peak (VmHWM) back to its resident set now ("5" to clear_refs, Linux 4.0
// and later), so that a peak read afterwards is the test's own; the resident set then, in MB.
qint64 resetPeak();

// How far the peak rose above `before` (from resetPeak()), printed for `what` with `limitBytes`;
// whether it stayed under twice the limit (always true where kMeaningful is false).
bool peakWithinTwice(qint64 before, const QString &what, qint64 limitBytes);

} // namespace ResidentMemory

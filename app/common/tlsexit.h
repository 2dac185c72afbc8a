#pragma once

#include <openssl/crypto.h>

// Qt runs the TLS of each QNetworkAccessManager (and of the simulator's server) on threads of its
// own, started detached: QThread::wait() returns before such a thread has run its thread-exit
// handlers, OpenSSL's among them, which free the thread's OpenSSL state. OpenSSL's process exit
// handler (OPENSSL_cleanup, registered with atexit by its first initialisation) frees the
// library's global state and assumes every thread that used it has stopped. When a network thread
// is still ending as main() returns (a loaded machine), both free the same memory: glibc aborts
// with "double free or corruption" after a command has done its work. The process never needs
// OpenSSL's memory back at exit, so the first initialisation, here, before Qt's, registers no
// exit handler; each thread still frees its own state as it ends.
inline void initTlsWithoutExitCleanup()
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

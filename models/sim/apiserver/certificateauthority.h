#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sim {

// A private certificate authority for the simulated cluster (OpenSSL libcrypto): a CA, the
// server certificate, client certificates, and the verification of a client's certificate.
// Keys are ECDSA P-256. Everything is PEM.
class CertificateAuthority
{
public:
    struct Issued
    {
        QByteArray certificatePem;
        QByteArray keyPem;
    };
    struct Subject
    {
        QString commonName;
        QStringList organizations; // Kubernetes groups of a client certificate
        QStringList dnsNames;      // subjectAltName DNS entries
        QStringList ipAddresses;   // subjectAltName IP entries
        bool clientAuth = false;   // extendedKeyUsage clientAuth (else serverAuth)
        QDateTime notBefore;       // default: now - 1 h
        QDateTime notAfter;        // default: now + 1 year
    };

    CertificateAuthority();
    ~CertificateAuthority();
    CertificateAuthority(const CertificateAuthority &) = delete;
    CertificateAuthority &operator=(const CertificateAuthority &) = delete;

    // Generates the CA key and self-signed certificate. False (and *error) on failure.
    bool generate(const QString &commonName, QString *error);
    QByteArray caCertificatePem() const;

    // A certificate for `subject` signed by this CA.
    bool issue(const Subject &subject, Issued *out, QString *error) const;

    // The subject (CN and O) of a client certificate in DER if this CA signed it and it is
    // valid now; false otherwise.
    bool verifyClient(const QByteArray &der, QString *commonName, QStringList *groups) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Sim

#include "tests/common/localcertificates.h"

bool issueLocalServerCertificate(Sim::CertificateAuthority *ca, const QString &caName,
                                 const QString &commonName,
                                 Sim::CertificateAuthority::Issued *issued, QString *error)
{
    if (!ca->generate(caName, error))
        return false;
    Sim::CertificateAuthority::Subject subject;
    subject.commonName = commonName;
    subject.ipAddresses = {QStringLiteral("127.0.0.1")};
    subject.dnsNames = {QStringLiteral("localhost")};
    return ca->issue(subject, issued, error);
}

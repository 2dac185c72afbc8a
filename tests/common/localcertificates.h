#pragma once

#include "models/sim/apiserver/certificateauthority.h"

#include <QString>

// A certificate authority of a test's own, named caName, and a certificate it issues for a server
// on 127.0.0.1 and localhost whose common name is commonName.
bool issueLocalServerCertificate(Sim::CertificateAuthority *ca, const QString &caName,
                                 const QString &commonName,
                                 Sim::CertificateAuthority::Issued *issued, QString *error);

#include "models/sim/apiserver/certificateauthority.h"

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Sim {

namespace {
struct KeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertDeleter
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using CertPtr = std::unique_ptr<X509, CertDeleter>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLatin1(text));
}

KeyPtr generateKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

QByteArray toPem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

QByteArray toPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

void setName(X509_NAME *name, const QString &commonName, const QStringList &organizations)
{
    for (const QString &organization : organizations) {
        const QByteArray o = organization.toUtf8();
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(o.constData()), -1, -1,
                                   0);
    }
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
}

void setValidity(X509 *cert, const QDateTime &notBefore, const QDateTime &notAfter)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = notBefore.isValid() ? notBefore : now.addSecs(-3600);
    const QDateTime to = notAfter.isValid() ? notAfter : now.addDays(365);
    ASN1_TIME_set(X509_getm_notBefore(cert), time_t(from.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert), time_t(to.toSecsSinceEpoch()));
}

void setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    RAND_bytes(bytes, sizeof bytes);
    bytes[0] &= 0x7f; // positive
    BIGNUM *serial = BN_bin2bn(bytes, sizeof bytes, nullptr);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert));
    BN_free(serial);
}

QStringList entries(X509_NAME *name, int nid)
{
    QStringList result;
    int index = -1;
    while ((index = X509_NAME_get_index_by_NID(name, nid, index)) >= 0) {
        ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
        unsigned char *utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, data);
        if (length >= 0)
            result << QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
        OPENSSL_free(utf8);
    }
    return result;
}
} // namespace

struct CertificateAuthority::State
{
    KeyPtr key;
    CertPtr cert;
};

CertificateAuthority::CertificateAuthority()
    : m_state(std::make_unique<State>())
{
}

CertificateAuthority::~CertificateAuthority() = default;

bool CertificateAuthority::generate(const QString &commonName, QString *error)
{
    KeyPtr key = generateKey();
    CertPtr cert(X509_new());
    if (!key || !cert) {
        *error = opensslError("cannot create the CA key");
        return false;
    }
    X509_set_version(cert.get(), 2);
    setRandomSerial(cert.get());
    setValidity(cert.get(), {}, QDateTime::currentDateTimeUtc().addDays(3650));
    setName(X509_get_subject_name(cert.get()), commonName, {});
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    X509_set_pubkey(cert.get(), key.get());
    if (!addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(cert.get(), cert.get(), NID_key_usage,
                      "critical,keyCertSign,cRLSign,digitalSignature") ||
        !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        *error = opensslError("cannot sign the CA certificate");
        return false;
    }
    m_state->key = std::move(key);
    m_state->cert = std::move(cert);
    return true;
}

QByteArray CertificateAuthority::caCertificatePem() const
{
    return m_state->cert ? toPem(m_state->cert.get()) : QByteArray();
}

bool CertificateAuthority::issue(const Subject &subject, Issued *out, QString *error) const
{
    if (!m_state->cert) {
        *error = QStringLiteral("the certificate authority was not generated");
        return false;
    }
    KeyPtr key = generateKey();
    CertPtr cert(X509_new());
    if (!key || !cert) {
        *error = opensslError("cannot create a key");
        return false;
    }
    X509_set_version(cert.get(), 2);
    setRandomSerial(cert.get());
    setValidity(cert.get(), subject.notBefore, subject.notAfter);
    setName(X509_get_subject_name(cert.get()), subject.commonName, subject.organizations);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(m_state->cert.get()));
    X509_set_pubkey(cert.get(), key.get());
    QStringList alternativeNames;
    for (const QString &dns : subject.dnsNames)
        alternativeNames << QStringLiteral("DNS:") + dns;
    for (const QString &ip : subject.ipAddresses)
        alternativeNames << QStringLiteral("IP:") + ip;
    bool ok =
        addExtension(cert.get(), m_state->cert.get(), NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(cert.get(), m_state->cert.get(), NID_key_usage,
                     "critical,digitalSignature,keyEncipherment") &&
        addExtension(cert.get(), m_state->cert.get(), NID_ext_key_usage,
                     subject.clientAuth ? "clientAuth" : "serverAuth") &&
        addExtension(cert.get(), m_state->cert.get(), NID_authority_key_identifier, "keyid:always");
    if (ok && !alternativeNames.isEmpty())
        ok = addExtension(cert.get(), m_state->cert.get(), NID_subject_alt_name,
                          alternativeNames.join(QLatin1Char(',')).toLatin1());
    if (!ok || X509_sign(cert.get(), m_state->key.get(), EVP_sha256()) == 0) {
        *error = opensslError("cannot sign a certificate");
        return false;
    }
    out->certificatePem = toPem(cert.get());
    out->keyPem = toPem(key.get());
    return true;
}

bool CertificateAuthority::verifyClient(const QByteArray &der, QString *commonName,
                                        QStringList *groups) const
{
    if (!m_state->cert || der.isEmpty())
        return false;
    const unsigned char *data = reinterpret_cast<const unsigned char *>(der.constData());
    CertPtr cert(d2i_X509(nullptr, &data, der.size()));
    if (!cert)
        return false;
    if (X509_verify(cert.get(), m_state->key.get()) != 1)
        return false; // not signed by this CA
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) > 0 ||
        X509_cmp_current_time(X509_get0_notAfter(cert.get())) < 0)
        return false; // not yet or no longer valid
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QStringList names = entries(name, NID_commonName);
    if (names.isEmpty())
        return false;
    *commonName = names.first();
    *groups = entries(name, NID_organizationName);
    return true;
}

} // namespace Sim

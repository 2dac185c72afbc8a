#pragma once

#include "models/kube/kubeconfig.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

// What the tests of Kube::Kubeconfig on real files share: kubeconfig text, the files' inodes and
// modes, and a fresh directory for each test to write them in.
namespace KubeconfigTest {

// A cluster, a token user and a context using both, under the given names.
inline QByteArray config(const QByteArray &cluster, const QByteArray &server,
                         const QByteArray &user, const QByteArray &token, const QByteArray &context,
                         const QByteArray &namespaceName = {}, const QByteArray &current = {})
{
    QByteArray text = "apiVersion: v1\nkind: Config\n"
                      "clusters:\n- name: " +
                      cluster + "\n  cluster:\n    server: " + server +
                      "\n"
                      "users:\n- name: " +
                      user + "\n  user:\n    token: " + token +
                      "\n"
                      "contexts:\n- name: " +
                      context + "\n  context:\n    cluster: " + cluster + "\n    user: " + user +
                      "\n";
    if (!namespaceName.isEmpty())
        text += "    namespace: " + namespaceName + "\n";
    if (!current.isEmpty())
        text += "current-context: " + current + "\n";
    return text;
}

inline ino_t inodeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

inline mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

class KubeconfigFiles
{
protected:
    // For init() and cleanup().
    void makeDir()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void removeDir() { m_dir.reset(); }

    // Writes `content` to `name` in the directory (folders created); its path.
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    Kube::KubeconfigSources explicitSources(const QString &path) const
    {
        Kube::KubeconfigSources sources;
        sources.explicitPath = path;
        sources.kubeconfigEnv = m_dir->filePath(QStringLiteral("ignored"));
        sources.homeDir = m_dir->filePath(QStringLiteral("home"));
        return sources;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace KubeconfigTest

// cstor-sim: a simulated cStor cluster behind a real HTTPS Kubernetes API.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cstor-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSTOR_VERSION));
    return 0;
}

#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("teamspace"));
    QApplication::setApplicationName(QStringLiteral("teamspace"));
    QApplication::setApplicationVersion(QStringLiteral(TEAMSPACE_VERSION));
    ts::gui::MainWindow window;
    window.show();
    return app.exec();
}

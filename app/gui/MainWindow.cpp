#include "MainWindow.h"

#include <QLabel>

namespace ts::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Teamspace"));
    setCentralWidget(new QLabel(tr("Teamspace"), this));
}

} // namespace ts::gui

// The main window is a shell: navigation on the left, one panel per area on the right.
#pragma once

#include <QMainWindow>

namespace ts::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace ts::gui

// What the Storage panel shows before this computer has scanned the workspace: what a scan does, how long it
// may take, and a button to start it.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ts::gui {

class StorageEmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit StorageEmptyState(QWidget* parent = nullptr);

    // A line under the explanation (why there is no index, a scan's error); empty hides it.
    void setDetail(const QString& text);
    QPushButton* scanButton() const { return m_scan; }

signals:
    void scanRequested();

private:
    QLabel* m_detail = nullptr;
    QPushButton* m_scan = nullptr;
};

} // namespace ts::gui

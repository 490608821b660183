// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
// Add or edit one member. The dialog checks the fields with the core's own rules as the user submits, shows
// the message inline and stays open; the caller saves in the background and reports any failure back here
// with showError(), so a refused change never loses what the user typed.
#pragma once

#include "workspace/Manifest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ts::gui {

class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit };

    // `existingIds`: ids already in the team, refused for a new member before anything is saved.
    MemberDialog(Mode mode, const Member& member, const QStringList& existingIds, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // The member as typed; valid only after `submitted`.
    Member member() const;

    // Shows a message under the fields and re-enables editing (after a refused save).
    void showError(const QString& message);
    // While the caller saves: fields and buttons disabled.
    void setBusy(bool busy);

signals:
    // The fields passed the checks; the caller saves and then accept()s or showError()s.
    void submitted(const ts::Member& member);

private:
    void submit();
    Result<Member> readFields() const;
    void updateQuotaToolTip();

    Mode m_mode;
    Member m_original;    // keeps the fields this dialog does not edit (unknown JSON fields)
    QString m_quotaShown; // the quota as first shown ("11.2 GiB"): unchanged text keeps the exact bytes
    QStringList m_existingIds;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_quota = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ts::gui

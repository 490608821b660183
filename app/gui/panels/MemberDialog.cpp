// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "panels/MemberDialog.h"

#include "StatusColors.h"
#include "util/ByteSize.h"
#include "workspace/WorkspaceEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ts::gui {

MemberDialog::MemberDialog(Mode mode, const Member& member, const QStringList& existingIds, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_original(member), m_existingIds(existingIds)
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add Member") : tr("Edit Member %1").arg(member.id));

    auto field = [this](const QString& name, const QString& text, const QString& placeholder) {
        auto* edit = new QLineEdit(text);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setMinimumWidth(280);
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::clear);
        return edit;
    };
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("memberDialog.error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, statusColor(StatusTone::Bad, QGuiApplication::palette()));
    m_error->setPalette(errorPalette);

    m_id = field(QStringLiteral("memberDialog.id"), member.id, tr("short slug, e.g. ana"));
    if (mode == Mode::Edit) {
        // The id names folders and assignments: it never changes. Drawn as text, not as a field to type in
        // (a read-only line edit looks editable), still selectable and reachable by Tab for screen readers.
        m_id->setReadOnly(true);
        m_id->setFrame(false);
        m_id->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
        m_id->setFocusPolicy(Qt::TabFocus);
        m_id->setToolTip(tr("The id names this member's folders and notebook assignments, so it cannot be "
                            "changed"));
        m_id->setAccessibleDescription(m_id->toolTip());
    }
    m_name = field(QStringLiteral("memberDialog.name"), member.name, tr("display name"));
    m_email = field(QStringLiteral("memberDialog.email"), member.email,
                    tr("name@example.org (their git identity)"));
    // The field shows the quota rounded; the exact bytes are kept unless the text is edited (parsing
    // "11.2 GiB" back would turn 12,000,000,000 into 12,025,908,429) and are shown in the tooltip.
    m_quotaShown = member.quotaBytes ? formatByteSize(*member.quotaBytes) : QString();
    m_quota =
        field(QStringLiteral("memberDialog.quota"), m_quotaShown, tr("e.g. 15GB or 1.5GiB; empty: no quota"));
    connect(m_quota, &QLineEdit::textChanged, this, &MemberDialog::updateQuotaToolTip);
    updateQuotaToolTip();
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("memberDialog.role"));
    m_role->addItem(tr("member"), int(MemberRole::Member));
    m_role->addItem(tr("lead"), int(MemberRole::Lead));
    m_role->setCurrentIndex(member.role == MemberRole::Lead ? 1 : 0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Quota:"), m_quota);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("memberDialog.buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("memberDialog.ok"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Add ? tr("Add") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("memberDialog.cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    (mode == Mode::Add ? m_id : m_name)->setFocus();
}

Result<Member> MemberDialog::readFields() const
{
    Member member = m_original;
    member.id = m_id->text().trimmed();
    member.name = m_name->text().trimmed();
    member.email = m_email->text().trimmed();
    member.role = MemberRole(m_role->currentData().toInt());
    const QString quota = m_quota->text().trimmed();
    if (m_quota->text() == m_quotaShown) {
        member.quotaBytes = m_original.quotaBytes; // not edited: the exact bytes, not the rounded text
    } else if (quota.isEmpty()) {
        member.quotaBytes.reset();
    } else {
        auto bytes = parseByteSize(quota, tr("quota"));
        if (!bytes)
            return bytes.error();
        member.quotaBytes = *bytes;
    }
    if (auto valid = WorkspaceEditor::validateMember(member); !valid)
        return valid.error();
    if (m_mode == Mode::Add && m_existingIds.contains(member.id))
        return Error::usage(tr("member %1 already exists (choose another id)").arg(member.id));
    return member;
}

void MemberDialog::updateQuotaToolTip()
{
    std::optional<qint64> bytes;
    if (m_quota->text() == m_quotaShown)
        bytes = m_original.quotaBytes;
    else if (auto parsed = parseByteSize(m_quota->text().trimmed(), tr("quota")))
        bytes = *parsed;
    const QString hint = tr("Units: KB, MB, GB, TB are powers of 1000; KiB, MiB, GiB, TiB powers of 1024.");
    if (m_quota->text().trimmed().isEmpty())
        m_quota->setToolTip(tr("No quota.") + u' ' + hint);
    else if (bytes)
        m_quota->setToolTip(tr("Exactly %1 bytes.").arg(QLocale().toString(*bytes)) + u' ' + hint);
    else
        m_quota->setToolTip(hint);
}

Member MemberDialog::member() const
{
    auto member = readFields();
    return member ? *member : m_original;
}

void MemberDialog::submit()
{
    auto member = readFields();
    if (!member) {
        showError(member.error().message);
        return;
    }
    m_error->clear();
    emit submitted(*member);
}

void MemberDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
}

void MemberDialog::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_email, m_role, m_quota, m_buttons})
        w->setEnabled(!busy);
    m_id->setEnabled(!busy);
    if (busy)
        m_error->clear();
}

} // namespace ts::gui

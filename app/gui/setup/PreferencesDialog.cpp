// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "setup/PreferencesDialog.h"

#include "Background.h"
#include "services/LocalSetup.h"
#include "setup/GuiSettings.h"
#include "setup/SharedFolderField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ts::gui {

namespace {

struct SaveResult
{
    QString error;
    bool changed = false;
};

QLabel* note(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(Dialogs& dialogs, WorkspacePtr workspace, QWidget* parent)
    : QDialog(parent), m_dialogs(dialogs), m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("preferences"));
    setWindowTitle(tr("Preferences"));
    auto* column = new QVBoxLayout(this);

    if (m_workspace) {
        auto* group =
            new QGroupBox(tr("This workspace on this computer: %1").arg(m_workspace->manifest.name));
        auto* form = new QFormLayout(group);
        m_me = new QComboBox;
        m_me->setObjectName(QStringLiteral("preferences.me"));
        if (m_workspace->me.isEmpty())
            m_me->addItem(tr("Not set — choose who you are"), QString());
        for (const Member& member : m_workspace->manifest.members)
            m_me->addItem(member.role == MemberRole::Lead ? tr("%1 (%2), lead").arg(member.name, member.id)
                                                          : tr("%1 (%2)").arg(member.name, member.id),
                          member.id);
        m_me->setCurrentIndex(std::max(0, m_me->findData(m_workspace->me)));
        form->addRow(tr("&Who I am:"), m_me);
        m_folder = new SharedFolderField(dialogs, SharedFolderField::Use::ExistingTeam);
        m_folder->setAllowEmpty(true);
        const bool oneFolder = services::createdAsOneFolder(m_workspace->manifest, m_workspace->repoDir);
        m_folder->setTeam(m_workspace->manifest, m_workspace->repoDir, oneFolder);
        m_folder->setFolder(m_workspace->hasSharedFolder() ? m_workspace->rootDir
                                                           : m_workspace->missingRootDir);
        auto* label = new QLabel(tr("&Shared folder:"));
        label->setBuddy(m_folder->findChild<QWidget*>(QStringLiteral("sharedFolder.path")));
        form->addRow(label, m_folder);
        form->addRow(QString(), note(tr("Kept on this computer only, never in the repository. The repository "
                                        "is %1.")
                                         .arg(QDir::toNativeSeparators(m_workspace->repoDir))));
        column->addWidget(group);
        connect(m_folder, &SharedFolderField::verdictChanged, this, &PreferencesDialog::updateState);
        connect(m_me, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    }

    auto* global = new QGroupBox(tr("Every workspace"));
    auto* globalColumn = new QVBoxLayout(global);
    m_scanOnOpen = new QCheckBox(tr("S&can the shared folder when a workspace opens"));
    m_scanOnOpen->setObjectName(QStringLiteral("preferences.scanOnOpen"));
    m_scanOnOpen->setChecked(GuiSettings::scanOnOpen());
    globalColumn->addWidget(m_scanOnOpen);
    globalColumn->addWidget(
        note(tr("Off: the Storage panel shows the last scan and you scan when you choose. "
                "A first scan of a large drive reads every folder and can take minutes.")));
    m_followTheme = new QCheckBox(tr("&Follow the system's light or dark theme"));
    m_followTheme->setObjectName(QStringLiteral("preferences.followTheme"));
    m_followTheme->setChecked(GuiSettings::followSystemTheme());
    globalColumn->addWidget(m_followTheme);
    globalColumn->addWidget(
        note(tr("On: Teamspace uses your desktop's colours, light or dark. Off: always the "
                "light colours of the style.")));
    column->addWidget(global);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("preferences.error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    column->addWidget(m_error);
    column->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("preferences.buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    column->addWidget(m_buttons);
    resize(640, sizeHint().height());
    updateState();
}

void PreferencesDialog::updateState()
{
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    bool ok = !m_saving;
    QString why;
    if (m_folder && !m_folder->isChecked()) {
        ok = false;
        why = tr("Checking the folder…");
    } else if (m_folder && !m_folder->isAcceptable()) {
        ok = false;
        why = tr("Choose a shared folder that can be used (see why below the folder), or clear it.");
    }
    save->setEnabled(ok);
    save->setToolTip(why);
}

void PreferencesDialog::save()
{
    if (m_saving)
        return;
    GuiSettings::setScanOnOpen(m_scanOnOpen->isChecked());
    if (GuiSettings::followSystemTheme() != m_followTheme->isChecked()) {
        GuiSettings::setFollowSystemTheme(m_followTheme->isChecked());
        GuiSettings::applyTheme();
    }
    if (!m_workspace) {
        emit saved(false);
        accept();
        return;
    }
    const QString me = m_me->currentData().toString();
    const QString folder = m_folder->folder();
    m_saving = true;
    updateState();
    runInBackground(
        this,
        [workspace = m_workspace, me, folder] {
            SaveResult result;
            if (!me.isEmpty() && me != workspace->me) {
                if (auto ok = services::rememberIdentity(*workspace, me); !ok) {
                    result.error = ok.error().message;
                    return result;
                }
                result.changed = true;
            }
            const QString current =
                workspace->hasSharedFolder() ? workspace->rootDir : workspace->missingRootDir;
            if (folder.isEmpty()) {
                if (!current.isEmpty()) {
                    services::forgetSharedFolder(*workspace);
                    result.changed = true;
                }
            } else if (QFileInfo(folder).canonicalFilePath() != current || !workspace->hasSharedFolder()) {
                auto verdict = services::rememberSharedFolder(*workspace, folder);
                if (!verdict) {
                    result.error = verdict.error().message;
                    return result;
                }
                result.changed = true;
            }
            return result;
        },
        [this](SaveResult result) {
            m_saving = false;
            if (!result.error.isEmpty()) {
                m_error->setText(tr("Not saved: %1").arg(result.error));
                m_error->show();
                updateState();
                if (result.changed)
                    emit saved(true); // the identity was kept before the folder was refused
                return;
            }
            emit saved(result.changed);
            accept();
        });
}

} // namespace ts::gui

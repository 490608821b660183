// SPDX-FileCopyrightText: 2026 The Teamspace authors
// SPDX-License-Identifier: Apache-2.0
#include "setup/SharedFolderField.h"

#include "Background.h"
#include "Dialogs.h"

#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace ts::gui {

SharedFolderField::SharedFolderField(Dialogs& dialogs, Use use, QWidget* parent)
    : QWidget(parent), m_dialogs(dialogs), m_use(use)
{
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("sharedFolder.path"));
    m_path->setPlaceholderText(tr("The folder where the team's drive or share is mounted"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("sharedFolder.browse"));
    m_suggestions = new QComboBox;
    m_suggestions->setObjectName(QStringLiteral("sharedFolder.suggestions"));
    m_verdictIcon = new QLabel;
    m_verdictIcon->setAlignment(Qt::AlignTop);
    m_verdictText = new QLabel;
    m_verdictText->setObjectName(QStringLiteral("sharedFolder.verdict"));
    m_verdictText->setWordWrap(true);
    m_verdictText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<services::SharedFolderCandidate> candidates = services::likelySharedFolders();
    m_suggestions->addItem(candidates.isEmpty() ? tr("No synced or network folders found on this computer")
                                                : tr("Likely places on this computer…"));
    for (const services::SharedFolderCandidate& c : candidates)
        m_suggestions->addItem(tr("%1 — %2").arg(c.label, QDir::toNativeSeparators(c.path)), c.path);
    m_suggestions->setEnabled(!candidates.isEmpty());

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto* verdict = new QHBoxLayout;
    verdict->setContentsMargins(0, 0, 0, 0);
    verdict->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdict->addWidget(m_verdictText, 1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_suggestions);
    column->addLayout(verdict);

    connect(m_path, &QLineEdit::textChanged, this, &SharedFolderField::recheck);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString start = m_path->text().isEmpty() ? QDir::homePath() : m_path->text();
        m_dialogs.chooseFolder(this, tr("Choose the Shared Folder"), start,
                               [this](const QString& folder) { setFolder(folder); });
    });
    connect(m_suggestions, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setFolder(m_suggestions->itemData(index).toString());
        m_suggestions->setCurrentIndex(0);
    });
    showVerdict();
}

void SharedFolderField::setTeam(const Manifest& manifest, const QString& repoDir, bool repositoryAllowed)
{
    m_manifest = manifest;
    m_repoDir = repoDir;
    m_repositoryAllowed = repositoryAllowed;
    recheck();
}

void SharedFolderField::setFolder(const QString& folder)
{
    m_path->setText(QDir::toNativeSeparators(folder));
}

QString SharedFolderField::folder() const
{
    const QString text = m_path->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

bool SharedFolderField::isAcceptable() const
{
    if (folder().isEmpty())
        return m_allowEmpty;
    if (!m_checked || !m_verdict.exists || !m_verdict.readable)
        return false;
    if (m_use == Use::NewTeam && !m_verdict.writable)
        return false;
    return !m_verdict.isRepository || m_repositoryAllowed;
}

void SharedFolderField::recheck()
{
    const int generation = ++m_generation;
    m_checked = false;
    const QString path = folder();
    if (path.isEmpty()) {
        m_verdict = {};
        m_checked = true;
        showVerdict();
        emit verdictChanged();
        return;
    }
    m_verdictText->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(path)));
    m_verdictIcon->clear();
    emit verdictChanged();
    runInBackground(
        this,
        [manifest = m_manifest, repo = m_repoDir, path] {
            return services::checkSharedFolder(manifest, repo,
                                               QDir::isAbsolutePath(path) ? path : QDir(path).absolutePath());
        },
        [this, generation](services::SharedFolderVerdict verdict) {
            if (generation != m_generation)
                return; // the path changed meanwhile
            if (m_repoDir.isEmpty())
                verdict.isRepository = false; // no repository yet (the wizard checks the pair later)
            m_verdict = std::move(verdict);
            m_checked = true;
            showVerdict();
            emit verdictChanged();
        });
}

QString SharedFolderField::verdictText() const
{
    return m_verdictText->text();
}

void SharedFolderField::showVerdict()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto icon = [&](QStyle::StandardPixmap which) {
        m_verdictIcon->setPixmap(style()->standardIcon(which).pixmap(size, size));
    };
    const services::SharedFolderVerdict& v = m_verdict;
    if (folder().isEmpty()) {
        icon(QStyle::SP_MessageBoxInformation);
        m_verdictText->setText(m_allowEmpty ? tr("Not set: scanning, the layout and raw protection stay off "
                                                 "on this computer until you choose the folder.")
                                            : tr("Choose the folder where the team's data lives."));
        return;
    }
    const QString mount = v.mount.implication;
    if (!v.exists || !v.readable) {
        icon(QStyle::SP_MessageBoxCritical);
        m_verdictText->setText(tr("Cannot be used: %1").arg(v.problem));
        return;
    }
    if (v.isRepository && !m_repositoryAllowed) {
        icon(QStyle::SP_MessageBoxCritical);
        m_verdictText->setText(
            tr("Cannot be used: this is the notebook repository (or inside it, or holds it). The data "
               "folders would be created there and pushed with the notebooks; choose the separately "
               "mounted shared folder."));
        return;
    }
    if (m_use == Use::NewTeam && !v.writable) {
        icon(QStyle::SP_MessageBoxCritical);
        m_verdictText->setText(
            tr("Cannot be used: you may not create folders in %1.").arg(QDir::toNativeSeparators(v.folder)));
        return;
    }
    if (v.isRepository) {
        icon(QStyle::SP_MessageBoxInformation);
        m_verdictText->setText(
            tr("The repository itself: this workspace was created as one folder for both."));
        return;
    }
    QString text;
    bool ok = false;
    if (m_use == Use::NewTeam) {
        ok = true;
        text = v.empty
                   ? tr("OK: an empty folder; the layout's folders will be created in it.")
                   : tr("OK: the layout's folders will be created next to what is there; nothing is moved "
                        "or deleted.");
    } else if (v.looksLikeTeams()) {
        ok = true;
        text = v.baselineFiles > 0
                   ? tr("Looks like this team's: %1 of %2 layout folders, %L3 of %L4 raw files checked are "
                        "there.")
                         .arg(v.layoutFoldersPresent)
                         .arg(v.layoutFolders)
                         .arg(v.baselineFilesPresent)
                         .arg(v.baselineFilesChecked)
                   : tr("Looks like this team's: %1 of %2 layout folders are there.")
                         .arg(v.layoutFoldersPresent)
                         .arg(v.layoutFolders);
    } else {
        text = tr("Usable, but check it: %1").arg(v.problem);
    }
    icon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
    if (!mount.isEmpty())
        text += u' ' + mount;
    m_verdictText->setText(text);
}

} // namespace ts::gui

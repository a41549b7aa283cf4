// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QTextBrowser;

namespace maillage::ui {

/// Help ▸ User guide: the French guide (docs/guide, installed in share/doc/maillage/guide), read in a
/// browser inside Maillage so that it works without a network or a Markdown viewer.
class GuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget* parent = nullptr);

    /// The folder holding the guide's index.md, or empty when the guide is not installed.
    static QString guideFolder();
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace maillage::ui

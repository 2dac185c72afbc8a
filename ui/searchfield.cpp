#include "ui/searchfield.h"

#include "ui/searchindex.h"

#include <QAbstractItemView>
#include <QCompleter>

namespace Ui {

SearchField::SearchField(SearchIndex *index, QWidget *parent)
    : QLineEdit(parent)
    , m_index(index)
    , m_completer(new QCompleter(index, this))
{
    setObjectName(QStringLiteral("search"));
    setPlaceholderText(tr("Find (Ctrl+F)"));
    setToolTip(tr("Find a node, pool, volume or replica by any part of its name, or a volume "
                  "by its claim or its pods; Enter shows the first match"));
    setAccessibleName(tr("Find"));
    setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(m_completer, QOverload<const QModelIndex &>::of(&QCompleter::activated), this,
            &SearchField::choose);
    connect(this, &QLineEdit::returnPressed, this, &SearchField::chooseFirstMatch);
    connect(this, &QLineEdit::textEdited, this, [this] { m_index->refresh(); });
}

void SearchField::focusInEvent(QFocusEvent *event)
{
    m_index->refresh();
    QLineEdit::focusInEvent(event);
}

void SearchField::choose(const QModelIndex &index)
{
    const auto kind = TopologyScene::Kind(index.data(SearchIndex::KindRole).toInt());
    const QString key = index.data(SearchIndex::KeyRole).toString();
    if (kind != TopologyScene::Kind::None && !key.isEmpty())
        emit found(kind, key);
}

// Enter without a choice from the list: the first match, if any.
void SearchField::chooseFirstMatch()
{
    if (text().trimmed().isEmpty())
        return;
    m_completer->setCompletionPrefix(text());
    if (m_completer->completionCount() == 0)
        return;
    m_completer->setCurrentRow(0);
    choose(m_completer->currentIndex());
    m_completer->popup()->hide();
}

} // namespace Ui

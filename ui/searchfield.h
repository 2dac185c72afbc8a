#pragma once

#include "ui/topologyscene.h"

#include <QLineEdit>

class QCompleter;

namespace Ui {

class SearchIndex;

// The toolbar's search (Ctrl+F): a node, pool or volume found by any part of its name, or a
// volume by its claim; choosing one (or Enter, for the first match) asks for it to be shown.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    SearchField(SearchIndex *index, QWidget *parent = nullptr);

    QCompleter *completer() const { return m_completer; }

signals:
    // Select it in every view and bring it into view.
    void found(Ui::TopologyScene::Kind kind, const QString &id);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void chooseFirstMatch();

    SearchIndex *m_index;
    QCompleter *m_completer;
};

} // namespace Ui

#include "ui/commandpalette.h"

#include "ui/searchindex.h"

#include <QAction>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

namespace Ui {

namespace {

enum Role { CommandRole = Qt::UserRole + 1, KindRole, KeyRole };

// A menu's title or an action's text as read: without its mnemonic's '&'.
QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

bool matchesAll(const QString &text, const QStringList &words)
{
    for (const QString &word : words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

CommandPalette::CommandPalette(QMenuBar *menus, SearchIndex *objects, QWidget *window)
    : QFrame(window, Qt::Popup)
    , m_menus(menus)
    , m_objects(objects)
    , m_field(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    setFrameShape(QFrame::StyledPanel);
    m_field->setObjectName(QStringLiteral("commandPaletteField"));
    m_field->setPlaceholderText(tr("Type a command, or a node, pool or volume name"));
    m_field->setAccessibleName(tr("Command or name"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setAccessibleName(tr("Matching commands and objects"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    connect(m_field, &QLineEdit::textChanged, this, &CommandPalette::fill);
    connect(m_field, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
}

void CommandPalette::popUp()
{
    readMenus();
    m_objects->refresh();
    QWidget *window = parentWidget();
    const int width = std::min(620, window->width() - 40);
    resize(width, height());
    move(window->mapToGlobal(QPoint((window->width() - width) / 2, 48)));
    m_field->clear();
    fill(QString());
    show();
    raise();
    m_field->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::readMenus()
{
    m_commands.clear();
    QList<std::pair<QMenu *, QString>> pending;
    for (QAction *top : m_menus->actions()) {
        if (QMenu *menu = top->menu())
            pending.append({menu, plain(top->text())});
    }
    while (!pending.isEmpty()) {
        const auto [menu, path] = pending.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QString here = path + QStringLiteral(" › ") + plain(action->text());
            if (QMenu *sub = action->menu())
                pending.append({sub, here});
            else
                m_commands.append({action, here});
        }
    }
}

void CommandPalette::fill(const QString &text)
{
    m_list->clear();
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    // Commands that can run first, then those that cannot now, then objects.
    QList<QListWidgetItem *> unavailable;
    for (int i = 0; i < m_commands.size(); ++i) {
        const Command &command = m_commands.at(i);
        const QString shortcut = command.action->shortcut().toString(QKeySequence::NativeText);
        if (!matchesAll(command.path + u' ' + shortcut, words))
            continue;
        auto *item = new QListWidgetItem(
            shortcut.isEmpty() ? command.path : tr("%1  (%2)").arg(command.path, shortcut));
        item->setData(CommandRole, i);
        item->setIcon(command.action->icon());
        if (command.action->isEnabled()) {
            m_list->addItem(item);
        } else {
            item->setFlags(Qt::NoItemFlags);
            const QString why = command.action->toolTip();
            item->setToolTip(why.isEmpty() || why == plain(command.action->text())
                                 ? tr("Not available now")
                                 : tr("Not available now: %1").arg(why));
            unavailable.append(item);
        }
    }
    for (QListWidgetItem *item : std::as_const(unavailable))
        m_list->addItem(item);
    if (!words.isEmpty()) {
        int shown = 0;
        for (int row = 0; row < m_objects->rowCount() && shown < kMaxObjects; ++row) {
            const QModelIndex index = m_objects->index(row);
            const QString name = index.data(Qt::DisplayRole).toString();
            if (!matchesAll(name, words))
                continue;
            auto *item = new QListWidgetItem(tr("Show %1").arg(name));
            item->setData(CommandRole, -1);
            item->setData(KindRole, index.data(SearchIndex::KindRole));
            item->setData(KeyRole, index.data(SearchIndex::KeyRole));
            m_list->addItem(item);
            ++shown;
        }
    }
    m_list->setCurrentRow(
        m_list->count() > 0 && (m_list->item(0)->flags() & Qt::ItemIsEnabled) ? 0 : -1);
    fitHeight();
}

// As tall as its rows, up to the room the window has.
void CommandPalette::fitHeight()
{
    QWidget *window = parentWidget();
    const int rows = std::max(1, m_list->count());
    const int wanted = m_field->sizeHint().height() + rows * m_list->sizeHintForRow(0) +
                       2 * m_list->frameWidth() + layout()->spacing() +
                       layout()->contentsMargins().top() + layout()->contentsMargins().bottom();
    resize(width(), std::min(wanted, std::max(120, window->height() - 80)));
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const int command = item->data(CommandRole).toInt();
    const auto kind = TopologyScene::Kind(item->data(KindRole).toInt());
    const QString key = item->data(KeyRole).toString();
    QAction *action = command >= 0 ? m_commands.value(command).action : nullptr;
    hide();
    if (action)
        action->trigger();
    else if (kind != TopologyScene::Kind::None && !key.isEmpty())
        emit found(kind, key);
}

// The selection moves over the rows that can run; the field keeps the keyboard.
void CommandPalette::step(int rows)
{
    const int count = m_list->count();
    int row = m_list->currentRow();
    const int direction = rows > 0 ? 1 : -1;
    for (int moved = 0; moved < std::abs(rows);) {
        const int next = row + direction;
        if (next < 0 || next >= count)
            break;
        row = next;
        if (m_list->item(row)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(row);
            ++moved;
        }
    }
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int page = std::max(1, m_list->height() / std::max(1, m_list->sizeHintForRow(0)));
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Down:
            step(1);
            return true;
        case Qt::Key_Up:
            step(-1);
            return true;
        case Qt::Key_PageDown:
            step(page);
            return true;
        case Qt::Key_PageUp:
            step(-page);
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Ui

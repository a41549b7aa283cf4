// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHash>
#include <QObject>
#include <QStandardItemModel>

class QComboBox;

namespace maillage {

class Database;

/// Names the editor shows for ids (contacts, organisations, instances, fiches actions), read once
/// when the editor opens, and shared item models for the pickers.
class EditorLookups : public QObject
{
    Q_OBJECT

public:
    EditorLookups(Database& db, QObject* parent = nullptr);

    QString contactName(qint64 id) const { return m_contacts.value(id); }
    QString organisationName(qint64 id) const { return m_organisations.value(id); }
    QString instanceName(qint64 id) const { return m_instances.value(id); }
    int quorumOf(qint64 instanceId) const { return m_quorums.value(instanceId); }
    /// Contacts by name, first row "—" (id 0); the id is in Qt::UserRole.
    QStandardItemModel* contactsModel() { return &m_contactsModel; }
    /// Fiches actions "code title", first row "—" (id 0).
    QStandardItemModel* sheetsModel() { return &m_sheetsModel; }

    /// A picker of contacts on the shared model, typed into to search; optionally with "—".
    static void setUpContactPicker(QComboBox* combo, QStandardItemModel* model);
    static void selectId(QComboBox* combo, qint64 id);
    static qint64 selectedId(const QComboBox* combo);

private:
    QHash<qint64, QString> m_contacts;
    QHash<qint64, QString> m_organisations;
    QHash<qint64, QString> m_instances;
    QHash<qint64, int> m_quorums;
    QStandardItemModel m_contactsModel;
    QStandardItemModel m_sheetsModel;
};

} // namespace maillage

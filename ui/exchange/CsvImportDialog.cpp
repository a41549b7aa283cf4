// SPDX-License-Identifier: EUPL-1.2
#include "ui/exchange/CsvImportDialog.h"

#include "ui/exchange/ImportPlanView.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>

namespace maillage::ui {

namespace {

constexpr int kPreviewRows = 8;

QComboBox* combo(const QString& objectName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    return box;
}

} // namespace

QString csvFieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("civility"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Civility")},
        {QStringLiteral("firstName"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "First name")},
        {QStringLiteral("lastName"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Last name")},
        {QStringLiteral("jobTitle"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Function")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Organisation")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "E-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Phone")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Mobile")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Address")},
        {QStringLiteral("postcode"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Postcode")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Commune")},
        {QStringLiteral("sector"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Sector")},
        {QStringLiteral("pillar"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Pillar")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("maillage::ui::CsvImportDialog", "Notes")}};
    const char* label = labels.value(field);
    return label ? QCoreApplication::translate("maillage::ui::CsvImportDialog", label) : field;
}

QString CsvImportDialog::mappingKey(const QStringList& header)
{
    QStringList names;
    for (const QString& column : header)
        names << column.trimmed().toLower();
    return QStringLiteral("csvImport/mapping/") +
           QString::fromLatin1(names.join(u'|').toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

CsvImportDialog::CsvImportDialog(Database& db, const QString& path, QWidget* parent)
    : ContactImportDialog(db, path, QStringLiteral("csv"), parent)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import contacts from CSV"));
    m_encoding = combo(QStringLiteral("csvEncoding"), this);
    m_encoding->addItem(tr("UTF-8"), true);
    m_encoding->addItem(tr("Windows-1252 (Excel, Western Europe)"), false);
    m_separator = combo(QStringLiteral("csvSeparator"), this);
    m_separator->addItem(tr("Semicolon ;"), QChar(u';'));
    m_separator->addItem(tr("Comma ,"), QChar(u','));
    m_separator->addItem(tr("Tab"), QChar(u'\t'));
    options()->addRow(tr("&Encoding:"), m_encoding);
    options()->addRow(tr("&Separator:"), m_separator);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    splitter->addWidget(m_preview);
    splitter->addWidget(planView());
    splitter->setStretchFactor(1, 2);
    finishLayout(splitter);

    auto bytes = contacts::readContactFile(path);
    if (bytes.ok())
        m_bytes = bytes.value();
    else
        m_fileError = bytes.error().message;
    // First read with detection, then show what was detected in the combos.
    readFile();
    if (m_fileError.isEmpty()) {
        const QSignalBlocker b1(m_encoding), b2(m_separator);
        m_encoding->setCurrentIndex(m_table.utf8 ? 0 : 1);
        m_separator->setCurrentIndex(qMax(0, m_separator->findData(m_table.separator)));
        const QString saved = QSettings().value(mappingKey(m_table.header)).toString();
        auto restored = contacts::csvMappingFromJson(saved.toUtf8(), m_table.header);
        m_mapping = !saved.isEmpty() && restored.ok() ? restored.value() : contacts::guessCsvMapping(m_table.header);
    }
    fillPreview();
    replan();
    for (QComboBox* box : {m_encoding, m_separator})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            readFile();
            fillPreview();
            replan();
        });
    m_userChoice = true;
    resize(980, 700);
}

void CsvImportDialog::readFile()
{
    if (m_bytes.isEmpty() && m_fileError.isEmpty())
        m_fileError = tr("The file is empty.");
    if (m_bytes.isEmpty())
        return;
    contacts::CsvReadOptions options;
    if (m_userChoice) { // after the first read, the combos say how to read
        options.utf8 = m_encoding->currentData().toBool();
        options.separator = m_separator->currentData().toChar();
    }
    auto table = contacts::parseCsv(m_bytes, options);
    const QStringList oldHeader = m_table.header;
    m_fileError = table.ok() ? QString() : table.error().message;
    m_table = table.ok() ? table.value() : contacts::CsvTable{};
    if (m_table.header != oldHeader && !oldHeader.isEmpty())
        m_mapping = contacts::guessCsvMapping(m_table.header);
}

void CsvImportDialog::fillPreview()
{
    showFileError();
    const int columns = int(m_table.header.size());
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setHorizontalHeaderLabels(m_table.header);
    const int rows = int(qMin<size_t>(m_table.rows.size(), kPreviewRows));
    m_preview->setRowCount(rows + 1);
    for (int column = 0; column < columns; ++column) {
        // Row 0: what the column feeds; the rows below: the file's first records.
        auto* field = new QComboBox(m_preview);
        field->setObjectName(QStringLiteral("csvColumnField%1").arg(column));
        field->setAccessibleName(tr("Field of column %1").arg(m_table.header.at(column)));
        field->addItem(tr("(ignore)"), QString());
        for (const QString& name : contacts::contactFieldNames())
            field->addItem(csvFieldLabel(name), name);
        field->setCurrentIndex(qMax(0, field->findData(m_mapping.value(column))));
        connect(field, &QComboBox::currentIndexChanged, this, [this, field, column] {
            const QString chosen = field->currentData().toString();
            if (chosen.isEmpty())
                m_mapping.remove(column);
            else
                m_mapping.insert(column, chosen);
            replan();
        });
        m_preview->setCellWidget(0, column, field);
        for (int row = 0; row < rows; ++row)
            m_preview->setItem(row + 1, column,
                               new QTableWidgetItem(m_table.rows[size_t(row)].fields.value(column).left(120)));
    }
    m_preview->resizeColumnsToContents();
}

void CsvImportDialog::replan()
{
    showPlan(m_fileError.isEmpty() ? contacts::csvToContacts(m_table, m_mapping) : contacts::ContactBatch{});
}

QString CsvImportDialog::importButtonText(int count) const
{
    return tr("&Import %n record(s)", nullptr, count);
}

QString CsvImportDialog::importKind() const
{
    return contacts::csvImportKind();
}

QHash<int, QString> CsvImportDialog::mapping() const
{
    return m_mapping;
}

void CsvImportDialog::setColumnField(int column, const QString& field)
{
    if (auto* box = qobject_cast<QComboBox*>(m_preview->cellWidget(0, column)))
        box->setCurrentIndex(qMax(0, box->findData(field)));
}

void CsvImportDialog::setEncoding(bool utf8)
{
    m_encoding->setCurrentIndex(utf8 ? 0 : 1);
}

void CsvImportDialog::setSeparator(QChar separator)
{
    m_separator->setCurrentIndex(qMax(0, m_separator->findData(separator)));
}

void CsvImportDialog::imported()
{
    QJsonObject object;
    for (auto it = m_mapping.begin(); it != m_mapping.end(); ++it)
        object.insert(m_table.header.value(it.key()), it.value());
    QSettings().setValue(mappingKey(m_table.header),
                         QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace maillage::ui

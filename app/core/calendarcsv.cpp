#include "calendarcsv.h"

#include "freetext.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>

namespace Motcua::CalendarCsv {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Motcua::CalendarCsv)
};

struct Record
{
    int line = 0; // physical line where the record starts (1-based)
    QStringList fields;
};

// Splits CSV text into records; quoted fields may contain commas, quotes ("") and newlines.
Result<QVector<Record>> splitRecords(const QString &text)
{
    using R = Result<QVector<Record>>;
    QVector<Record> records;
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    current.line = 1;
    int i = 0;
    if (text.startsWith(QChar(0xFEFF)))
        i = 1;
    auto endRecord = [&]() {
        current.fields.append(field);
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty()
                           && !fieldWasQuoted;
        if (!blank)
            records.append(current);
        current = Record();
        field.clear();
        fieldWasQuoted = false;
    };
    for (; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(ch);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field.append(ch);
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || fieldWasQuoted)
                return R::failure(Tr::tr("Line %1: a quote may only open a field.").arg(line));
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (ch == QLatin1Char(',')) {
            current.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (ch == QLatin1Char('\n')) {
            endRecord();
            ++line;
            current.line = line;
        } else if (ch == QLatin1Char('\r')) {
            // CRLF files from spreadsheets.
        } else {
            if (fieldWasQuoted && !ch.isSpace())
                return R::failure(
                        Tr::tr("Line %1: unexpected text after a closing quote.").arg(line));
            field.append(ch);
        }
    }
    if (inQuotes)
        return R::failure(Tr::tr("Line %1: a quoted field is not closed.").arg(current.line));
    endRecord();
    return R::success(records);
}

QString quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\n'))
                             || field.contains(QLatin1Char('\r')) || field != field.trimmed();
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

Result<QVector<CalendarDay>> parse(const QString &text)
{
    using R = Result<QVector<CalendarDay>>;
    const Result<QVector<Record>> split = splitRecords(text);
    if (!split.ok())
        return R::failure(split.error());
    const QVector<Record> &records = split.value();
    if (records.isEmpty())
        return R::failure(
                Tr::tr("The calendar file is empty: expected the header \"date,type,note\"."));

    const Record &header = records.first();
    QStringList names;
    for (const QString &f : header.fields)
        names.append(f.trimmed().toLower());
    if (names
        != QStringList{QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("note")})
        return R::failure(
                Tr::tr("Line %1: expected the header \"date,type,note\".").arg(header.line));

    QVector<CalendarDay> days;
    QHash<qint64, int> lineOfDay;
    for (int r = 1; r < records.size(); ++r) {
        const Record &rec = records.at(r);
        if (rec.fields.size() < 2 || rec.fields.size() > 3)
            return R::failure(Tr::tr("Line %1: expected 3 fields (date,type,note), found %2.")
                                      .arg(rec.line)
                                      .arg(rec.fields.size()));
        const QString dateText = rec.fields.at(0).trimmed();
        const QDate date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid() || dateText.size() != 10)
            return R::failure(Tr::tr("Line %1: \"%2\" is not a date (YYYY-MM-DD).")
                                      .arg(rec.line)
                                      .arg(dateText));
        const QString typeText = rec.fields.at(1).trimmed();
        const std::optional<DayType> type = dayTypeFromKey(typeText);
        if (!type)
            return R::failure(Tr::tr("Line %1: unknown day type \"%2\" (expected holiday, "
                                     "compensatory_off or makeup_workday).")
                                      .arg(rec.line)
                                      .arg(typeText));
        const auto seen = lineOfDay.constFind(date.toJulianDay());
        if (seen != lineOfDay.cend())
            return R::failure(Tr::tr("Line %1: %2 is already listed on line %3.")
                                      .arg(rec.line)
                                      .arg(dateText)
                                      .arg(seen.value()));
        lineOfDay.insert(date.toJulianDay(), rec.line);
        const QString note = rec.fields.size() == 3 ? rec.fields.at(2).trimmed() : QString();
        if (const QString p = FreeText::problem(note, FreeText::Field::Note); !p.isEmpty())
            return R::failure(Tr::tr("Line %1, note: %2").arg(QString::number(rec.line), p));
        days.append({date, *type, note});
    }
    std::sort(days.begin(), days.end(), [](const CalendarDay &a, const CalendarDay &b) {
        return a.date < b.date;
    });
    return R::success(days);
}

QString write(const QVector<CalendarDay> &days)
{
    QVector<CalendarDay> sorted = days;
    std::stable_sort(sorted.begin(), sorted.end(), [](const CalendarDay &a, const CalendarDay &b) {
        return a.date < b.date;
    });
    QString out = QStringLiteral("date,type,note\n");
    for (const CalendarDay &d : std::as_const(sorted)) {
        out += d.date.toString(Qt::ISODate) + QLatin1Char(',') + dayTypeKey(d.type)
               + QLatin1Char(',') + quoted(d.note) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Motcua::CalendarCsv

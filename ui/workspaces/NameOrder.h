#pragma once

#include "models/WorkspaceRows.h"

#include <QCollator>
#include <vector>

// Ordering helpers of the workspace list at 1,000,000 rows: names in QCollator order without a
// QCollatorSortKey a row (3 s and 130 MB for a million names), and a stable radix sort by key.
namespace NameOrder {
// Names made only of ASCII letters, digits, '-' and '_' (most names: spec §3) are compared by
// the primary weights a numeric QCollator gives them, without ICU; a tie, or any other name,
// goes to the collator. asciiAgreesWith() checks that shortcut against this collator (locale)
// on tricky pairs; the model uses it only when they agree.
bool asciiAgreesWith(const QCollator &collator);
int compare(const WorkspaceRows &rows, WorkspaceRows::Slot a, WorkspaceRows::Slot b, const QCollator &collator,
            bool asciiFastPath);
// The collation rank of every live slot's name (dead slots: 0).
std::vector<quint32> ranks(const WorkspaceRows &rows, const QCollator &collator, bool asciiFastPath);
// Working memory of stableSortByKey, kept by its caller from one sort to the next.
struct SortScratch
{
    std::vector<quint64> words;
    std::vector<quint64> moved;
};
// Sorts order stably by keys (keys[i] is order[i]'s; LSD radix over the keys' range in as few
// passes of up to 16 bits as it needs, passes without a difference skipped: a million CU quotas
// take one pass; key and slot are sorted packed in one word when both fit in 64 bits).
void stableSortByKey(std::vector<WorkspaceRows::Slot> &order, std::vector<quint64> keys, SortScratch &scratch);
} // namespace NameOrder

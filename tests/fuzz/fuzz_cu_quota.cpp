// The CU quota and duration ranges (numbers come from spin boxes, so there is no text to parse:
// the rules are checked with every int, both billing methods and unknown ones).
#include "tests/fuzz/FuzzInput.h"

#include "models/ProductSpec.h"
#include "models/QuotaService.h"
#include "models/WorkspaceRules.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    int value = 0;
    std::memcpy(&value, data + 1, sizeof value);
    const QString billing = data[0] % 3 == 0 ? ProductSpec::Subscription
        : data[0] % 3 == 1                  ? ProductSpec::PayAsYouGo
                                            : fuzz::text(data + 5, size - 5);
    const QString input = billing + QLatin1Char(' ') + QString::number(value);
    const ProductSpec::CuRange range = ProductSpec::cuRange(billing);
    const bool inRange = value >= range.min && value <= range.max;
    FUZZ_CHECK(WorkspaceRules::validateCuQuota(billing, value).ok() == inRange, input);
    if (billing == ProductSpec::Subscription || billing == ProductSpec::PayAsYouGo)
        FUZZ_CHECK(range.min >= 1 && range.min <= range.max, input);
    const ProductSpec::CuRange payg = ProductSpec::cuRange(ProductSpec::PayAsYouGo);
    FUZZ_CHECK(QuotaService::checkPayAsYouGoRange(value).ok() == (value >= payg.min && value <= payg.max), input);
    const Status duration = WorkspaceRules::validateDuration(billing, value);
    if (billing == ProductSpec::Subscription)
        FUZZ_CHECK(duration.ok() == ProductSpec::durationMonths().contains(value), input);
    return 0;
}

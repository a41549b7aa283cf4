// SPDX-License-Identifier: EUPL-1.2
#include "core/storage/DamageNotice.h"

namespace maillage {

DamageNotice& DamageNotice::instance()
{
    static DamageNotice notice;
    return notice;
}

} // namespace maillage

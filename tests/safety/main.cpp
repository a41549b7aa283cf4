// SPDX-License-Identifier: EUPL-1.2
#define CATCH_CONFIG_RUNNER
#include "tests/support/TestMain.h"

#include <QApplication>

int main(int argc, char** argv)
{
    return maillage::test::runTests<QApplication>(argc, argv);
}

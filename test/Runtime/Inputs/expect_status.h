/* The C API tests' check helpers: count checks and failures, print a
 * failure with the runtime's last error, and echo an expected error's
 * message so that FileCheck can match it. Include once per test. */
#ifndef TTT_TEST_EXPECT_STATUS_H
#define TTT_TEST_EXPECT_STATUS_H

#include "ttt/runtime.h"

#include <stdio.h>
#include <string.h>

static int failures = 0, checks = 0;

/* `got` must be `want`, and with a `message`, the last error must hold it. */
static void expectStatus(ttt_status got, ttt_status want, const char *what,
                         const char *message) {
  ++checks;
  if (got != want || (message && !strstr(ttt_last_error(), message))) {
    ++failures;
    printf("FAIL: %s: got %s \"%s\", want %s \"%s\"\n", what,
           ttt_status_name(got), ttt_last_error(), ttt_status_name(want),
           message ? message : "");
  } else if (message) {
    printf("%s: %s: %s\n", what, ttt_status_name(got), ttt_last_error());
  }
}

#endif /* TTT_TEST_EXPECT_STATUS_H */

/* LD_PRELOAD shim: pthread_create always fails with EAGAIN, as under a
 * process limit (ulimit -u) or when no memory is left for a thread's stack. */
#include <errno.h>
#include <pthread.h>

int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
                   void *(*start)(void *), void *arg) {
  (void)thread;
  (void)attr;
  (void)start;
  (void)arg;
  return EAGAIN;
}

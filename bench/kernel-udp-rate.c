// Real kernel loopback UDP receive rate, for `npm run bench` (bench/kernel-rate.ts compiles and runs it).
// A receiver thread drains a UDP socket bound to 127.0.0.1 with recvmmsg (batches of 64) while the
// main thread floods it with sendmmsg (batches of 64) for DURATION_MS; prints one JSON line with the
// datagrams sent and received and the receive rate. Only loopback traffic.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define BATCH 64
static atomic_int stop;
static _Atomic unsigned long long received;
static int rfd;
static int payload = 64;

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void pin(int cpu) {
  cpu_set_t s;
  CPU_ZERO(&s);
  CPU_SET(cpu, &s);
  sched_setaffinity(0, sizeof s, &s);
}

static void *receiver(void *arg) {
  (void)arg;
  pin(1);
  static char bufs[BATCH][2048];
  struct mmsghdr msgs[BATCH];
  struct iovec iov[BATCH];
  for (int i = 0; i < BATCH; i++) {
    iov[i].iov_base = bufs[i];
    iov[i].iov_len = sizeof bufs[i];
    memset(&msgs[i], 0, sizeof msgs[i]);
    msgs[i].msg_hdr.msg_iov = &iov[i];
    msgs[i].msg_hdr.msg_iovlen = 1;
  }
  struct timeval tv = {0, 100000};
  setsockopt(rfd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  while (!atomic_load(&stop)) {
    int n = recvmmsg(rfd, msgs, BATCH, 0, NULL);
    if (n > 0) atomic_fetch_add_explicit(&received, (unsigned long long)n, memory_order_relaxed);
  }
  return NULL;
}

int main(int argc, char **argv) {
  int duration_ms = argc > 1 ? atoi(argv[1]) : 2000;
  if (argc > 2) payload = atoi(argv[2]);
  rfd = socket(AF_INET, SOCK_DGRAM, 0);
  int rcvbuf = 4 << 20;
  setsockopt(rfd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = 0};
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(rfd, (struct sockaddr *)&a, sizeof a) < 0) { perror("bind"); return 1; }
  socklen_t al = sizeof a;
  getsockname(rfd, (struct sockaddr *)&a, &al);
  int sfd = socket(AF_INET, SOCK_DGRAM, 0);
  if (connect(sfd, (struct sockaddr *)&a, sizeof a) < 0) { perror("connect"); return 1; }

  pthread_t th;
  pthread_create(&th, NULL, receiver, NULL);
  pin(0);
  static char data[65536];
  struct mmsghdr msgs[BATCH];
  struct iovec iov[BATCH];
  for (int i = 0; i < BATCH; i++) {
    iov[i].iov_base = data;
    iov[i].iov_len = (size_t)payload;
    memset(&msgs[i], 0, sizeof msgs[i]);
    msgs[i].msg_hdr.msg_iov = &iov[i];
    msgs[i].msg_hdr.msg_iovlen = 1;
  }
  unsigned long long sent = 0;
  unsigned long long r0 = 0;
  double warm = now_s() + 0.2, t0 = 0, end = 0;
  int measuring = 0;
  for (;;) {
    double t = now_s();
    if (!measuring && t >= warm) { measuring = 1; t0 = t; r0 = atomic_load(&received); end = t0 + duration_ms / 1000.0; sent = 0; }
    if (measuring && t >= end) break;
    int n = sendmmsg(sfd, msgs, BATCH, 0);
    if (n > 0) sent += (unsigned long long)n;
  }
  double t1 = now_s();
  unsigned long long got = atomic_load(&received) - r0;
  atomic_store(&stop, 1);
  pthread_join(th, NULL);
  printf("{\"sent\":%llu,\"received\":%llu,\"seconds\":%.6f,\"rxPps\":%.0f,\"payload\":%d}\n",
         sent, got, t1 - t0, got / (t1 - t0), payload);
  return 0;
}

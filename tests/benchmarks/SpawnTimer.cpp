// bench_spawn_timer RESULT LOG PROGRAM [ARGUMENT...]: runs PROGRAM with its output in LOG and writes to RESULT
// "<wall ms> <cpu ms> <peak rss KiB> <exit status> <signal>". A separate, tiny program on purpose: the kernel
// counts the memory a child shared with its parent before exec into the child's peak (ru_maxrss), so a child
// started straight from the benchmark runner, which has Qt and a database loaded, would report the runner's size
// whenever its own is smaller. Started from this program, whose own footprint is a few hundred KiB, the peak is
// the child's.
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {
double milliseconds(const timeval& time)
{
    return double(time.tv_sec) * 1000.0 + double(time.tv_usec) / 1000.0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s RESULT LOG PROGRAM [ARGUMENT...]\n", argv[0]);
        return 2;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[3], &actions, nullptr, argv + 3, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s: %s\n", argv[3], std::strerror(spawned));
        return 2;
    }
    int status = 0;
    rusage usage{};
    pid_t waited = -1;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    const auto end = std::chrono::steady_clock::now();
    if (waited != pid) {
        std::fprintf(stderr, "cannot wait for %s: %s\n", argv[3], std::strerror(errno));
        return 2;
    }

    std::FILE* result = std::fopen(argv[1], "w");
    if (!result) {
        std::fprintf(stderr, "cannot write %s: %s\n", argv[1], std::strerror(errno));
        return 2;
    }
    std::fprintf(result, "%.3f %.3f %ld %d %d\n", std::chrono::duration<double, std::milli>(end - start).count(),
                 milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime), usage.ru_maxrss,
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1, WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    std::fclose(result);
    return 0;
}

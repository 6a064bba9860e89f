// Preloaded by the cold-start benchmark (node --import): on exit, writes the process's CPU time
// (user + system) and its wall time since the process began, so that the ratio can be judged on
// CPU time, which other processes on a shared machine disturb less than the clock.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  const figures = { cpu: (user + system) / 1000, wall: performance.now() };
  process.stderr.write(`\nDUCHA_EXIT_TIMES ${JSON.stringify(figures)}\n`);
});

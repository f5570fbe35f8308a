// Guests are CPU-bound on a 2-core machine: boot them one at a time so each test sees the same machine.
[assembly: NonParallelizable]

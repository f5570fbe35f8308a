// Guest boots are slow and CPU-bound on a 2-core machine: run these fixtures one at a time.
[assembly: NonParallelizable]

/** A worker for the extraction pool tests that cannot start, as with a missing build or a broken engine. */
throw new Error('engine failed to load');

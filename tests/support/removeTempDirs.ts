import { removeTempDirs } from './paths.js';

// Run by Jest after each test file (setupFilesAfterEnv in jest.config.js): no test leaves its temporary folders behind.
afterAll(removeTempDirs);

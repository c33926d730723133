process.env.MASTHEAD_TEST_DATABASE = 'sqlite';

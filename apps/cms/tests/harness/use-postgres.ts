process.env.MASTHEAD_TEST_DATABASE = 'postgres';

import { loopbackAliases, onBrowsersLoopbackName } from '../loopback';

describe('loopbackAliases', () => {
  it('lets a loopback origin stand for every loopback name, keeping scheme and port', () => {
    expect(loopbackAliases('http://localhost:1337/admin')).toEqual(['http://localhost:1337', 'http://127.0.0.1:1337']);
  });

  it('leaves a real host alone', () => {
    expect(loopbackAliases('https://cms.ledger.example/')).toEqual(['https://cms.ledger.example']);
  });
});

describe('onBrowsersLoopbackName', () => {
  it('moves a loopback URL to the loopback name the browser uses', () => {
    expect(onBrowsersLoopbackName('http://localhost:3000/api/preview?path=%2F', '127.0.0.1')).toBe(
      'http://127.0.0.1:3000/api/preview?path=%2F',
    );
  });

  it('never moves a URL to or from a real host', () => {
    expect(onBrowsersLoopbackName('https://paper.example/api/preview', '127.0.0.1')).toBe('https://paper.example/api/preview');
    expect(onBrowsersLoopbackName('http://localhost:3000/x', 'cms.paper.example')).toBe('http://localhost:3000/x');
    expect(onBrowsersLoopbackName('http://localhost:3000/x', undefined)).toBe('http://localhost:3000/x');
  });
});

// The local SMTP server of the `mail` suite, in its own process (forked with IPC): plain SMTP,
// no authentication, accepts every message and discards it unparsed. Every 10 ms it sends the
// parent the recipients of the messages accepted since the last report ({ accepted: [...] }).
// It prints "listening <port>" once ready.
import { SMTPServer } from 'smtp-server';

let accepted = [];
const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  disableReverseLookup: true,
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      accepted.push(...session.envelope.rcptTo.map((r) => r.address.toLowerCase()));
      callback();
    });
  },
});
server.on('error', () => {});

setInterval(() => {
  if (!accepted.length) return;
  process.send({ accepted });
  accepted = [];
}, 10);

process.on('disconnect', () => process.exit(0));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.server.address().port}\n`);
});

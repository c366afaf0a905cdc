// Plain Apollo Server 5 on Express 5, the baseline of the `{ __typename }` benchmark.
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const server = new ApolloServer({ typeDefs: 'type Query { ping: String }', resolvers: { Query: { ping: () => 'pong' } } });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
app.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write(`plain apollo listening on ${process.env.PORT}\n`));
process.on('SIGTERM', () => process.exit(0));

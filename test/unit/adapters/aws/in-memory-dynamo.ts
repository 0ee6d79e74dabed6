/**
 * A DynamoDB document client double for unit tests: a Map of items behind `send`, answering GetItem,
 * BatchGetItem and BatchWriteItem as DynamoDB does (including UnprocessedKeys when told to), and
 * recording every command it receives.
 */
import {
  BatchGetCommand,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
} from '@aws-sdk/lib-dynamodb';
import { keyId } from '../../../../shared/adapters/aws/table-design.ts';

type Item = Record<string, unknown>;

export interface InMemoryDynamoOptions {
  /** How many keys of each BatchGetItem request to leave unprocessed, call by call (then none). */
  unprocessedPerCall?: number[];
}

export class InMemoryDynamo {
  readonly items = new Map<string, Item>();
  readonly commands: Array<{ name: string; input: Record<string, unknown> }> = [];
  private readonly unprocessedPerCall: number[];

  constructor(options: InMemoryDynamoOptions = {}) {
    this.unprocessedPerCall = [...(options.unprocessedPerCall ?? [])];
  }

  put(...items: object[]): this {
    for (const item of items) {
      this.items.set(keyId(item as { pk: string; sk: string }), structuredClone(item) as Item);
    }
    return this;
  }

  count(name: string): number {
    return this.commands.filter((command) => command.name === name).length;
  }

  /** The client to hand to the code under test. */
  get client(): DynamoDBDocumentClient {
    return { send: (command: unknown) => this.send(command) } as unknown as DynamoDBDocumentClient;
  }

  private async send(command: unknown): Promise<unknown> {
    if (command instanceof GetCommand) {
      this.commands.push({ name: 'GetItem', input: command.input as Record<string, unknown> });
      const key = command.input.Key as { pk: string; sk: string };
      const item = this.items.get(keyId(key));
      return { Item: item ? structuredClone(item) : undefined };
    }
    if (command instanceof BatchGetCommand) {
      this.commands.push({ name: 'BatchGetItem', input: command.input as Record<string, unknown> });
      const [[table, request]] = Object.entries(command.input.RequestItems ?? {}) as [
        [string, { Keys: Array<{ pk: string; sk: string }> }],
      ];
      if (request.Keys.length > 100) throw new Error('Too many items requested for the BatchGetItem call');
      const unprocessed = Math.min(this.unprocessedPerCall.shift() ?? 0, request.Keys.length);
      const served = request.Keys.slice(0, request.Keys.length - unprocessed);
      const left = request.Keys.slice(request.Keys.length - unprocessed);
      return {
        Responses: {
          [table]: served.flatMap((key) => {
            const item = this.items.get(keyId(key));
            return item ? [structuredClone(item)] : [];
          }),
        },
        UnprocessedKeys: left.length > 0 ? { [table]: { Keys: left } } : {},
      };
    }
    if (command instanceof BatchWriteCommand) {
      this.commands.push({ name: 'BatchWriteItem', input: command.input as Record<string, unknown> });
      for (const requests of Object.values(command.input.RequestItems ?? {})) {
        if (requests.length > 25) throw new Error('Too many items in the BatchWriteItem call');
        for (const request of requests) if (request.PutRequest?.Item) this.put(request.PutRequest.Item);
      }
      return { UnprocessedItems: {} };
    }
    throw new Error(`InMemoryDynamo does not answer ${(command as object).constructor.name}`);
  }
}

/** An S3 client double that records PutObject calls (key, content type, byte length). */
export class RecordingS3 {
  readonly puts: Array<{ bucket: string; key: string; contentType: string; bytes: number }> = [];
  get client() {
    return {
      send: async (command: {
        input: { Bucket: string; Key: string; ContentType: string; Body: Uint8Array };
      }) => {
        this.puts.push({
          bucket: command.input.Bucket,
          key: command.input.Key,
          contentType: command.input.ContentType,
          bytes: command.input.Body.length,
        });
        return {};
      },
    } as unknown as import('@aws-sdk/client-s3').S3Client;
  }
}

import { Field, ObjectType } from '@nestjs/graphql';
import { Post, Thread } from '@app/forum';
import { Practice } from '@app/practices';

@ObjectType('Digest', { description: 'ogni elenco ha al massimo 20 elementi, i più recenti o i più utili per primi' })
export class Digest {
  @Field() since!: Date;
  @Field(() => [Thread], { description: 'in ciò che seguo' }) newThreads!: Thread[];
  @Field(() => [Thread], { description: 'discussioni seguite con nuovi messaggi' }) activeThreads!: Thread[];
  @Field(() => [Practice], { description: 'buone pratiche seguite con aggiornamenti' }) updatedPractices!: Practice[];
  @Field(() => [Practice], { description: 'nei temi delle mie competenze' }) newPractices!: Practice[];
  @Field(() => [Post], { description: 'i più segnati come utili nel periodo' }) usefulPosts!: Post[];
}

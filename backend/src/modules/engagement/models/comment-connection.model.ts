import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../core/pagination/connection';
import { Comment } from './comment.model';

@ObjectType('CommentConnection')
export class CommentConnection extends Connection(Comment) {}

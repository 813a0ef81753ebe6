import { Connection } from '../../../core/pagination/connection';
import { Story } from './story.model';

/** The one StoryConnection type: every list of stories (myStories, the queue, feeds) returns it. */
export const StoryConnection = Connection(Story);

import { runSpecGroup } from './spec-groups';

runSpecGroup(3);

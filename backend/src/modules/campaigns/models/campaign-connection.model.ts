import { Connection } from '../../../core/pagination/connection';
import { Campaign } from './campaign.model';

export const CampaignConnection = Connection(Campaign);

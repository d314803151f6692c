import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type Question = Schemas['Question'];
export type QuestionType = Schemas['QuestionType'];
export type QuestionTopic = Question['topic'];
export type QuestionSource = Question['source'];
export type QuestionOption = Schemas['QuestionOption'];
export type QuestionTranslation = Schemas['QuestionTranslation'];
export type SurveyQuestion = Schemas['SurveyQuestion'];
export type SurveyTemplate = Schemas['SurveyTemplate'];
export type SurveyTemplateId = SurveyTemplate['id'];
export type SurveyStatus = Schemas['SurveyStatus'];
export type SurveyText = Schemas['SurveyText'];
export type SurveyInput = Schemas['SurveyInput'];
export type Survey = Schemas['Survey'];
export type SurveyPage = Schemas['SurveyPage'];
export type PublicSurvey = Schemas['PublicSurvey'];
export type PublicQuestion = Schemas['PublicQuestion'];
export type Answers = Schemas['Answers'];
/** One answer: an option code, a whole number 1–7, or text. */
export type Answer = string | number;
export type PublicResponseInput = Schemas['PublicResponseInput'];
export type Receipt = Schemas['Receipt'];
export type EnteredResponseInput = Schemas['EnteredResponseInput'];
export type ResponseMode = EnteredResponseInput['mode'];
export type SurveyResponse = Schemas['SurveyResponse'];
export type ResponseImportReport = Schemas['ResponseImportReport'];

/** The few facts about other things the survey pages show: a place, its spaces and events. */
export type PlaceRecord = Schemas['Place'];
export type SpaceRecord = Schemas['Space'];
export type EventRecord = Schemas['Event'];

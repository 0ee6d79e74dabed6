import type { Catalog, IdenticalToEnglish } from '../catalog.ts';

/**
 * Brazilian Portuguese (Brazil, `pt-BR`); the platform's `br`. Differs from `pt` in vocabulary and
 * spelling: arquivo (not ficheiro), endereço (not morada), contato (not contacto), cargo (not função).
 */
export const br: Catalog = {
  'report.title': 'Relatório de entrevista',
  'report.combined_title': 'Relatório consolidado de entrevistas',
  'report.generated_on': 'Gerado em {date}',
  'report.page_of': 'Página {page} de {total}',
  'report.not_available': 'Não disponível',
  'report.none': 'Nenhum',
  'report.truncated_note':
    'Versão resumida para caber em uma página. O relatório clássico traz todos os detalhes.',
  'report.more_items': '+{count} outros',

  'header.candidate': 'Candidato',
  'header.position': 'Cargo',
  'header.interview': 'Entrevista',
  'header.date': 'Data da entrevista',
  'header.duration': 'Duração',
  'header.language': 'Idioma da entrevista',
  'header.status': 'Status',
  'header.decision': 'Decisão',
  'header.overall_score': 'Pontuação geral',
  'header.coverage': 'Cobertura da entrevista',

  'status.started': 'Em andamento',
  'status.completed': 'Concluída',
  'status.abandoned': 'Abandonada',

  'decision.undecided': 'A decidir',
  'decision.shortlisted': 'Pré-selecionado',
  'decision.hired': 'Contratado',
  'decision.rejected': 'Reprovado',

  'risk.title': 'Alertas de risco',
  'risk.severity.low': 'Risco baixo',
  'risk.severity.medium': 'Risco médio',
  'risk.severity.high': 'Risco alto',
  'risk.count': 'Alertas de risco: {count}',

  'contact.title': 'Dados de contato',
  'contact.email': 'E-mail',
  'contact.linkedin': 'LinkedIn',
  'contact.phone': 'Telefone',
  'contact.address': 'Endereço',

  'assessment.title': 'Avaliação do recrutador de IA',
  'assessment.summary': 'Resumo',
  'assessment.key_statement': 'Declaração principal',
  'assessment.reasons_to_hire': 'Motivos para contratar',
  'assessment.reasons_not_to_hire': 'Motivos para não contratar',
  'assessment.resume_analysis': 'Análise do currículo',

  'rubric.title': 'Rubrica de avaliação',
  'rubric.level.strong': 'Forte',
  'rubric.level.moderate': 'Moderado',
  'rubric.level.weak': 'Fraco',
  'rubric.verdict.confirmed': 'Confirmado',
  'rubric.verdict.rejected': 'Refutado',
  'rubric.verdict.not_discussed': 'Não discutido',
  'rubric.evidence': 'Evidências',
  'rubric.expectation': 'Expectativa',

  'scores.title': 'Detalhamento das pontuações',
  'scores.overall': 'Geral',
  'scores.answer_ai': 'Respostas (IA)',
  'scores.interview_ai': 'Entrevista (IA)',
  'scores.pronunciation': 'Pronúncia',
  'scores.sentiment': 'Sentimento',
  'scores.words_per_minute': 'Palavras por minuto',
  'scores.out_of': '{score} de {max}',
  'scores.per_question': 'Pontuação por pergunta',

  'transcript.title': 'Transcrição',
  'transcript.question': 'Pergunta',
  'transcript.question_number': 'Pergunta {n}',
  'transcript.answer': 'Resposta',
  'transcript.ai_analysis': 'Análise da IA',
  'transcript.score': 'Nota',
  'transcript.duration': 'Duração',
  'transcript.follow_up': 'Pergunta complementar',
  'transcript.not_reached': 'Não foi abordada na entrevista',
  'transcript.no_answer': 'Sem resposta',
  'transcript.other_turns': 'Outras perguntas',

  'analytics.title': 'Análise da fala',
  'analytics.accuracy': 'Precisão',
  'analytics.fluency': 'Fluência',
  'analytics.completeness': 'Completude',
  'analytics.prosody': 'Prosódia',
  'analytics.recognition_confidence': 'Confiança do reconhecimento',
  'analytics.sentiment': 'Sentimento',
  'analytics.words_per_minute': 'Palavras por minuto',
  'analytics.comfortable_band': 'Ritmo confortável: {min}–{max} palavras por minuto',
  'analytics.pace_slow': 'Mais lento que o confortável',
  'analytics.pace_comfortable': 'Ritmo confortável',
  'analytics.pace_fast': 'Mais rápido que o confortável',
  'analytics.sentiment_positive': 'Positivo',
  'analytics.sentiment_neutral': 'Neutro',
  'analytics.sentiment_negative': 'Negativo',

  'recordings.title': 'Gravações',
  'recordings.session': 'Gravação da sessão',
  'recordings.video_introduction': 'Vídeo de apresentação',
  'recordings.answer': 'Resposta {n}',
  'recordings.open': 'Abrir gravação',
  'recordings.valid_until': 'Link válido até {date}',
  'recordings.video': 'Vídeo',
  'recordings.audio': 'Áudio',

  'files.title': 'Arquivos',
  'files.resume': 'Currículo',
  'files.cover_letter': 'Carta de apresentação',
  'files.page': 'Página {n}',

  'overview.title': 'Visão geral dos candidatos',
  'overview.rank': 'Classificação',
  'overview.candidate': 'Candidato',
  'overview.position': 'Cargo',
  'overview.date': 'Data',
  'overview.overall': 'Geral',
  'overview.risks': 'Riscos',
  'overview.decision': 'Decisão',
  'overview.candidates_count': 'Candidatos: {count}',
};

export const brIdenticalToEnglish: IdenticalToEnglish = {
  'contact.linkedin': 'Brand name.',
  'header.status':
    'Brazilian Portuguese uses the loanword ("status da candidatura"); Portugal says "estado".',
};

<?php

enum NovaMedStage: string
{
    case Production = '{{key:novamed}}';
    case Development = '{{key:novamed}}';
}
